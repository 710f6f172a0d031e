class Broken {
  void half() {
    int x = ; // want: error "syntax error"
  }
}
