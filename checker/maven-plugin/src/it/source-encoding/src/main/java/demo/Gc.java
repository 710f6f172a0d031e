package demo;

// Ramasse-miettes : libère les piles (fichier enregistré en ISO-8859-1).
public final class Gc {
  private Gc() {}

  public static void main(String[] args) {
    freeStacks();
  }

  static void freeStacks() {
    Stacks.stackfree(16);
  }
}
