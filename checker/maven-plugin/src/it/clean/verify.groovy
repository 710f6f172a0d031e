// Every call to @SystemStack code goes through a trampoline: the check runs and passes.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('stackcheck: no violations in 2 files')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.json'))
assert json.violations.isEmpty()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].invocations[0].executionSuccessful
