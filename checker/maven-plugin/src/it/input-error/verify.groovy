// A file the checker cannot parse (outside javac's sources) fails the build with its position.
def log = new File(basedir, 'build.log').text
def draft = new File(basedir, 'src/unfinished/java/demo/Draft.java').canonicalPath
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] ${java.util.regex.Pattern.quote(draft)}:4:\d+: error: /
assert log.contains('1 input error (code that could not be analyzed')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stackcheck.sarif'))
assert !sarif.runs[0].invocations[0].executionSuccessful
assert sarif.runs[0].invocations[0].toolExecutionNotifications[0].level == 'error'
