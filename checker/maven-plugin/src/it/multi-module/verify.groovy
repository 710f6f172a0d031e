// Invocation 1 (verify): check runs in each module. app's direct call to lib's @SystemStack
// method is reported through lib's jar; gc's helper is clean within gc, and app's call to it is
// not followed into gc (the per-module limit). Invocation 2 (aggregate) sees the whole path.
def slurp = { new groovy.json.JsonSlurper().parse(new File(basedir, it)) }
def log = new File(basedir, 'build.log').text
def app = new File(basedir, 'app/src/main/java/app/App.java').canonicalPath

assert slurp('lib/target/stackcheck.json').violations.isEmpty()
assert slurp('gc/target/stackcheck.json').violations.isEmpty()
def perModule = slurp('app/target/stackcheck.json').violations
assert perModule*.file == ['app/src/main/java/app/App.java']
assert perModule[0].callee == 'lib.Stacks.stackfree(long)'
assert log.contains("[ERROR] ${app}:11:12: error: [SystemStack] app.App.main(java.lang.String[]) calls @SystemStack lib.Stacks.stackfree(long)")
assert log =~ /\[ERROR\]\s+-> lib\.Stacks\.stackfree\(long\)\s+\[@SystemStack\] \(compiled\)/
assert log.contains('on project app: stackcheck: 1 violation;')

def whole = slurp('target/stackcheck.json').violations
assert whole*.file == ['app/src/main/java/app/App.java', 'gc/src/main/java/gc/Sweeper.java']
assert whole[1].path*.body == ['app.App.main(java.lang.String[])', 'gc.Sweeper.release()', 'lib.Stacks.stackfree(long)']
assert log =~ /aggregate \(default-cli\) @ multi-module/
assert log =~ /\[ERROR\] \S*gc\/src\/main\/java\/gc\/Sweeper\.java:16:12: error: \[SystemStack\] gc\.Sweeper\.release\(\)/
assert log.contains('on project multi-module: stackcheck: 2 violations;')
def sarif = slurp('target/stackcheck.sarif')
assert sarif.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri ==
    ['app/src/main/java/app/App.java', 'gc/src/main/java/gc/Sweeper.java']
