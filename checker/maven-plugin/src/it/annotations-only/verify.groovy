// The README's setup: the check fails the build with the violation and its witness path, exactly
// as the README shows them (paths aside).
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/demo').canonicalPath
def expected = """\
[ERROR] ${src}/Gc.java:16:12: error: [SystemStack] demo.Gc.freeStacks() calls @SystemStack demo.Stacks.stackfree(long), but may run on a user stack
[ERROR]   entry point: demo.Gc.main(java.lang.String[]) (main method)
[ERROR]        demo.Gc.main(java.lang.String[])  ${src}/Gc.java:7:5
[ERROR]     -> demo.Gc.markroot()                ${src}/Gc.java:12:5
[ERROR]     -> demo.Gc.freeStacks()              ${src}/Gc.java:16:12
[ERROR]     -> demo.Stacks.stackfree(long)       [@SystemStack] ${src}/Stacks.java:18:22
"""
assert log.contains('BUILD FAILURE')
assert log.contains(expected)
def pom = new File(basedir, 'pom.xml').text
assert pom.findAll('<dependency>').size() == 1
assert pom.contains('<artifactId>stackcheck-annotations</artifactId>')
