// The sources are ISO-8859-1, as the project declares: stackcheck reads them in that charset
// (no input error for the accented comment) and finds the violation in them.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('error: not valid')
assert log =~ /Gc\.java:12:12: error: \[SystemStack\] demo\.Gc\.freeStacks\(\) calls @SystemStack demo\.Stacks\.stackfree\(long\)/

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.json'))
assert json.errors.isEmpty()
assert json.violations.size() == 1
