package alloc;

import static alloc.Pools.*;

class Imports {
  static void use() {
    pin(3); // want: SystemStack "Pools.pin\(java.lang.Number\)"
    pin("y");
  }
}
