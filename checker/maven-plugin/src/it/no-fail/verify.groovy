// failOnViolation=false: the build passes, the violation is a warning, the reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /\[WARNING\] \S*Gc\.java:16:12: error: \[SystemStack\] demo\.Gc\.freeStacks\(\)/
assert log =~ /\[WARNING\]\s+-> demo\.Gc\.freeStacks\(\)/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.sarif'))
assert sarif.runs[0].results.size() == 1
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.json'))
assert json.violations*.caller == ['demo.Gc.freeStacks()']
