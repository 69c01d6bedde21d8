package org.cspstat.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A partnership profile ({@code --profile FILE}): a Java properties file whose keys are long
 * options without their dashes ({@code area-prefix = Stevenage}), read as the options' defaults,
 * so anything on the command line overrides it. Relative paths are taken from the profile's
 * folder, so a profile travels with its data. A key that is not an option of the command is an
 * error (exit 2), so a misspelt key is never silently ignored.
 */
final class Profile implements IDefaultValueProvider {
    private final Path file;
    private final Properties values;

    private Profile(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /**
     * @param args the command line
     * @return the file named by {@code --profile FILE} or {@code --profile=FILE}; null when none
     */
    static Path named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--profile=")) {
                return Path.of(args[i].substring("--profile=".length()));
            }
        }
        return null;
    }

    /**
     * Reads a profile.
     *
     * @throws IllegalArgumentException with one line saying what is wrong
     */
    static Profile read(Path file) {
        Properties p = new Properties();
        // like every configuration file: a regular file, at most 1 MiB, UTF-8 (a DataException,
        // exit 3, naming the file); /dev/zero used to exhaust the heap and Latin-1 gave "Input length = 1"
        String text = text(file);
        try (Reader r = new java.io.StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read profile " + file + ": " + e.getMessage(), e);
        }
        return new Profile(file, p);
    }

    /** The most a profile may hold, as for every small configuration file. */
    static final int MAX_BYTES = 1 << 20;

    /**
     * A profile's text, read as core reads every configuration file: a regular file (a device such
     * as /dev/zero would be read forever), at most 1 MiB, strict UTF-8 naming the line of a bad byte.
     *
     * @throws org.cspstat.error.DataException naming the file (exit 3)
     */
    static String text(Path file) {
        String label = file.toString();
        if (!java.nio.file.Files.exists(file)) {
            throw org.cspstat.error.DataException.of(label, "no such file or directory");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw org.cspstat.error.DataException.of(label, "is a folder, not a profile");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw org.cspstat.error.DataException.of(label, "is not a regular file (a device or a pipe), so it cannot be"
                    + " a profile");
        }
        byte[] bytes;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw org.cspstat.error.DataException.of(label, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw org.cspstat.error.DataException.of(label, "is larger than 1 MiB, the limit for a profile");
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new org.cspstat.error.DataException(label, line, String.format(java.util.Locale.ROOT,
                    "not UTF-8 text (byte 0x%02x); save the profile as UTF-8", bytes[in.position()] & 0xff));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Checks every key against the options of every command: one profile serves them all, so a
     * key another command uses ({@code title} for {@code compare}) is passed over, and a key no
     * command has (a misspelling) is refused.
     *
     * @throws IllegalArgumentException naming the first key that is no option of any command
     */
    void check() {
        CommandLine all = new CommandLine(new Main());
        for (Class<?> c : Main.subcommandsFor(new String[0])) {
            all.addSubcommand(c);
        }
        TreeSet<String> known = new TreeSet<>();
        for (CommandLine sub : all.getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                known.add(o.longestName().replaceFirst("^-+", ""));
            }
        }
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            if (!known.contains(key) || key.equals("profile")) {
                throw new IllegalArgumentException("profile " + file + ": '" + key + "' is not an option of any "
                        + "cspstat command (keys are long options without dashes, such as area-prefix)");
            }
        }
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o)) {
            return null;
        }
        String value = values.getProperty(o.longestName().replaceFirst("^-+", ""));
        if (value == null) {
            return null;
        }
        value = value.strip();
        boolean path = o.type() == Path.class || List.of(o.auxiliaryTypes()).contains(Path.class);
        if (path && !value.isEmpty()) {
            Path base = file.toAbsolutePath().getParent();
            Path p = Path.of(value);
            return (p.isAbsolute() || base == null ? p : base.resolve(p).normalize()).toString();
        }
        return value;
    }

    /** Sets the profile named on the command line, if any, as the defaults of the command it is given to. */
    static void apply(CommandLine root, String[] args) {
        Path file = named(args);
        if (file == null) {
            return;
        }
        Profile profile = read(file);
        if (args.length > 0 && root.getSubcommands().containsKey(args[0])) {
            CommandLine sub = root.getSubcommands().get(args[0]);
            profile.check();
            sub.setDefaultValueProvider(profile);
        }
    }
}
