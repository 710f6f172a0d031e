package demo;

final class Draft {
  void half( {
  }
}
