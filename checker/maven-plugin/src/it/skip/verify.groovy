// -Dstackcheck.skip: the violating project builds, nothing is checked and no report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('stackcheck: skipped (stackcheck.skip)')
assert !log.contains('[SystemStack]')
assert !new File(basedir, 'target/stackcheck.sarif').exists()
