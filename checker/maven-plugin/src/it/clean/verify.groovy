// Every call to @SystemStack code goes through a trampoline: the check runs and passes.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('stackcheck: no violations, 1 warning in 2 files')
// The suppression left in Gc.java hides nothing: a warning in compiler format, not a failure.
assert log =~ /\[WARNING\] \S*Gc\.java:15:3: warning: @SuppressWarnings\("SystemStack"\) hides no stackcheck violation/

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.json'))
assert json.violations.isEmpty()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['UnusedSuppression']
assert sarif.runs[0].results[0].level == 'warning'
assert sarif.runs[0].invocations[0].executionSuccessful
