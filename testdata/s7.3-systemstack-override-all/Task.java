// S7.3: mode all reports a @SystemStack override of an external method as well.
import dev.stackcheck.annotations.SystemStack;

class Task implements Runnable {
  @Override
  @SystemStack
  public void run() {} // want: SystemStackOverride "code outside the analysis may call it on a user stack"
}
