// The baseline lists the violation (by caller and callee, not line): the build passes. Its second
// entry matches nothing any more and is reported as stale.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('stackcheck: 1 violation(s) accepted by the baseline')
assert log =~ /\[WARNING\] stackcheck: baseline entry matches no violation .*demo\.Gc\.removedLongAgo\(\)/
assert !log.contains('[ERROR]')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.json'))
assert json.violations.isEmpty()
