// A user-stack path reaches @SystemStack code: the build fails, the log shows the violation in
// compiler format with its witness path, and both reports are written. Gen.java is excluded.
def log = new File(basedir, 'build.log').text
def gc = new File(basedir, 'src/main/java/demo/Gc.java').canonicalPath
assert log.contains('BUILD FAILURE')
assert log.contains("[ERROR] ${gc}:16:12: error: [SystemStack] demo.Gc.freeStacks() calls @SystemStack demo.Stacks.stackfree(long), but may run on a user stack")
assert log.contains('[ERROR]   entry point: demo.Gc.main(java.lang.String[]) (')
assert log =~ /\[ERROR\]\s+-> demo\.Gc\.markroot\(\)\s+\S*Gc\.java:12:5/
assert log =~ /\[ERROR\]\s+-> demo\.Gc\.freeStacks\(\)\s+\S*Gc\.java:16:12/
assert log =~ /\[ERROR\]\s+-> demo\.Stacks\.stackfree\(long\)\s+\[@SystemStack\] \S*Stacks\.java:/
assert log.contains('stackcheck: 1 violation;')
assert !log.contains('Gen.java')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'SystemStack'
def steps = results[0].codeFlows[0].threadFlows[0].locations
assert steps*.location*.logicalLocations*.getAt(0)*.fullyQualifiedName ==
    ['demo.Gc.main(java.lang.String[])', 'demo.Gc.markroot()', 'demo.Gc.freeStacks()', 'demo.Stacks.stackfree(long)']
assert results[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('src/main/java/demo/Gc.java')
assert results[0].relatedLocations[0].physicalLocation.artifactLocation.uri.endsWith('src/main/java/demo/Stacks.java')
assert new File(basedir, 'target/stackcheck.json').isFile()
