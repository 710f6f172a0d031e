// Known limit (S1): JavaParser 3.28 cannot parse a local enum (Java 16, JEP 395), so a file that
// declares one is an input error (exit code 2) although javac compiles it; the other files are
// still analyzed. Local records, classes and interfaces are parsed. Move the enum out of the
// method until the parser supports it (javaparser issue 3990).
class Phases {
  void run() {
    enum Phase { MARK, SWEEP } // want: error "syntax error"
    System.out.println(Phase.MARK);
  }
}
