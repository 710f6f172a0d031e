package dev.stackcheck.api;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that configures one analysis, validated once and shared by every front end.
 *
 * <p>Immutable; build it with {@link #builder()} or read it from a properties file with {@link
 * #fromProperties}. Option names are the same everywhere: {@code entry-points}, {@code
 * trampolines}, {@code default-trampolines}, {@code classpath}, {@code java-release}, {@code
 * encoding}.
 */
public final class Config {
  /** The Java release whose syntax is accepted when none is configured. */
  public static final int DEFAULT_JAVA_RELEASE = 21;

  private static final Set<String> KNOWN_KEYS =
      Set.of("entry-points", "trampolines", "default-trampolines", "classpath", "java-release", "encoding", "resolve-all");

  private final EntryPointMode entryPoints;
  private final boolean defaultTrampolines;
  private final List<TrampolineName> trampolines;
  private final List<Path> classpath;
  private final int javaRelease;
  private final Charset encoding;
  private final int threads;
  private final boolean resolveAll;
  private final Progress progress;

  private Config(Builder builder) {
    this.entryPoints = builder.entryPoints;
    this.defaultTrampolines = builder.defaultTrampolines;
    this.trampolines = List.copyOf(builder.trampolines);
    this.classpath = List.copyOf(builder.classpath);
    this.javaRelease = builder.javaRelease;
    this.encoding = builder.encoding;
    this.threads = builder.threads;
    this.resolveAll = builder.resolveAll;
    this.progress = builder.progress;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's values, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entryPoints = entryPoints;
    builder.defaultTrampolines = defaultTrampolines;
    builder.trampolines.addAll(trampolines);
    builder.classpath.addAll(classpath);
    builder.javaRelease = javaRelease;
    builder.encoding = encoding;
    builder.threads = threads;
    builder.resolveAll = resolveAll;
    builder.progress = progress;
    return builder;
  }

  /** The defaults: mode {@code closed}, default trampolines on, no classpath. */
  public static Config defaults() {
    return builder().build();
  }

  /**
   * Reads options from properties (a {@code stackcheck.properties} file). Relative classpath
   * entries are resolved against {@code baseDirectory}. Unknown keys and bad values throw a {@link
   * ConfigException} that names the option.
   */
  public static Config fromProperties(Properties properties, Path baseDirectory) {
    Builder builder = builder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!KNOWN_KEYS.contains(key)) {
        throw new ConfigException(key, "unknown option (known: " + String.join(", ", new TreeSet<>(KNOWN_KEYS)) + ")");
      }
    }
    String mode = properties.getProperty("entry-points");
    if (mode != null) {
      builder.entryPoints(EntryPointMode.parse(mode));
    }
    String defaults = properties.getProperty("default-trampolines");
    if (defaults != null) {
      builder.defaultTrampolines(parseBoolean("default-trampolines", defaults));
    }
    String trampolines = properties.getProperty("trampolines");
    if (trampolines != null) {
      for (String name : splitList(trampolines)) {
        builder.addTrampoline(TrampolineName.parse(name));
      }
    }
    String classpath = properties.getProperty("classpath");
    if (classpath != null) {
      for (String entry : splitList(classpath.replace(File.pathSeparatorChar, ','))) {
        builder.addClasspath(baseDirectory.resolve(entry).normalize());
      }
    }
    String release = properties.getProperty("java-release");
    if (release != null) {
      builder.javaRelease(parseRelease(release));
    }
    String encoding = properties.getProperty("encoding");
    if (encoding != null) {
      builder.encoding(parseEncoding(encoding));
    }
    String resolveAll = properties.getProperty("resolve-all");
    if (resolveAll != null) {
      builder.resolveAll(parseBoolean("resolve-all", resolveAll));
    }
    return builder.build();
  }

  private static List<String> splitList(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  private static boolean parseBoolean(String option, String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new ConfigException(option, "expected true or false but was '" + value + "'");
    }
  }

  /** Parses a Java release number such as {@code 17} or {@code 21}, naming the option on failure. */
  public static int parseRelease(String value) {
    try {
      int release = Integer.parseInt(value.trim());
      checkRelease(release);
      return release;
    } catch (NumberFormatException e) {
      throw new ConfigException("java-release", "expected a number such as 17 or 21 but was '" + value + "'");
    }
  }

  /** Looks up a charset by name ({@code UTF-8}, {@code ISO-8859-1}, {@code windows-1252}), naming the option on failure. */
  public static Charset parseEncoding(String value) {
    String name = value.trim();
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      throw new ConfigException("encoding", "unknown or unsupported charset '" + name + "' (for example UTF-8, ISO-8859-1, windows-1252)");
    }
  }

  private static void checkRelease(int release) {
    if (release < 8 || release > 25) {
      throw new ConfigException("java-release", "supported releases are 8 to 25 but was " + release);
    }
  }

  public EntryPointMode entryPoints() {
    return entryPoints;
  }

  /** Whether a method named {@code systemstack} with a functional-interface parameter is a trampoline (S3.4). */
  public boolean defaultTrampolines() {
    return defaultTrampolines;
  }

  /** Trampolines named in configuration, for library methods that cannot be annotated. */
  public List<TrampolineName> trampolines() {
    return trampolines;
  }

  /** Jars and class folders whose types and annotations the analyzed sources use. */
  public List<Path> classpath() {
    return classpath;
  }

  /** The Java release whose syntax the parser accepts. */
  public int javaRelease() {
    return javaRelease;
  }

  /** The charset source files are read in (strictly: bytes it cannot decode are an input error). */
  public Charset encoding() {
    return encoding;
  }

  /** Threads used to parse; the result never depends on it. */
  public int threads() {
    return threads;
  }

  /**
   * Resolve every call site, instead of only those in bodies that may reach {@code @SystemStack}
   * code. The violations are the same either way; this is slower and only changes the call-graph
   * statistics (for measuring resolution coverage).
   */
  public boolean resolveAll() {
    return resolveAll;
  }

  /** Who hears how the analysis advances; not an option, and not part of equality. */
  public Progress progress() {
    return progress;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Config that
        && entryPoints == that.entryPoints
        && defaultTrampolines == that.defaultTrampolines
        && trampolines.equals(that.trampolines)
        && classpath.equals(that.classpath)
        && javaRelease == that.javaRelease
        && encoding.equals(that.encoding)
        && threads == that.threads
        && resolveAll == that.resolveAll;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entryPoints, defaultTrampolines, trampolines, classpath, javaRelease, encoding, threads, resolveAll);
  }

  @Override
  public String toString() {
    return "Config{entry-points=" + entryPoints.optionValue()
        + ", default-trampolines=" + defaultTrampolines
        + ", trampolines=" + trampolines
        + ", classpath=" + classpath
        + ", java-release=" + javaRelease
        + ", encoding=" + encoding.name() + "}";
  }

  /** Collects options; {@link #build()} validates them. */
  public static final class Builder {
    private EntryPointMode entryPoints = EntryPointMode.CLOSED;
    private boolean defaultTrampolines = true;
    private final List<TrampolineName> trampolines = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();
    private int javaRelease = DEFAULT_JAVA_RELEASE;
    private Charset encoding = StandardCharsets.UTF_8;
    private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private boolean resolveAll;
    private Progress progress = Progress.NONE;

    private Builder() {}

    public Builder progress(Progress progress) {
      this.progress = java.util.Objects.requireNonNull(progress);
      return this;
    }

    public Builder resolveAll(boolean resolveAll) {
      this.resolveAll = resolveAll;
      return this;
    }

    public Builder entryPoints(EntryPointMode mode) {
      this.entryPoints = Objects.requireNonNull(mode);
      return this;
    }

    public Builder defaultTrampolines(boolean enabled) {
      this.defaultTrampolines = enabled;
      return this;
    }

    public Builder addTrampoline(TrampolineName name) {
      this.trampolines.add(Objects.requireNonNull(name));
      return this;
    }

    public Builder addClasspath(Path entry) {
      this.classpath.add(entry.toAbsolutePath().normalize());
      return this;
    }

    public Builder javaRelease(int release) {
      checkRelease(release);
      this.javaRelease = release;
      return this;
    }

    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding);
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1) {
        throw new ConfigException("threads", "must be at least 1 but was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Config build() {
      return new Config(this);
    }
  }
}
