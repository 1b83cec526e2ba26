package id.anjungan.kiosk.speech;

import id.anjungan.kiosk.i18n.Language;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's espeak-ng as a child process: the text goes in on standard input (never through a
 * shell), and espeak-ng plays it on the default audio output itself. Javanese has no espeak-ng
 * voice; Javanese is written in the Latin alphabet with nearly the same sounds as Indonesian, so
 * the Indonesian voice reads it, which a Javanese speaker follows better than no reading at all.
 */
public final class EspeakNg implements SpeechEngine {
    /** A little slower than espeak-ng's 175 words a minute, for listeners who read little. */
    private static final int WORDS_PER_MINUTE = 150;

    private final Path executable;

    private EspeakNg(Path executable) {
        this.executable = executable;
    }

    /**
     * The engine for a command: a path to espeak-ng, or a name looked up on the PATH. Empty when
     * there is no such executable, so the kiosk hides "Dengarkan".
     */
    public static Optional<EspeakNg> find(String command, String pathVariable) {
        if (command == null || command.isBlank()) {
            return Optional.empty();
        }
        if (command.contains(File.separator)) {
            return executableAt(Path.of(command)).map(EspeakNg::new);
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                Optional<Path> found = executableAt(Path.of(folder, command));
                if (found.isPresent()) {
                    return found.map(EspeakNg::new);
                }
            }
        }
        return Optional.empty();
    }

    /** The engine for a command, looked up on this process's PATH. */
    public static Optional<EspeakNg> find(String command) {
        return find(command, System.getenv("PATH"));
    }

    /** The espeak-ng voice for a language; Javanese is read with the Indonesian one (see above). */
    public static String voiceFor(Language language) {
        return switch (language) {
            case INDONESIAN, JAVANESE -> "id";
            case ENGLISH -> "en";
        };
    }

    public Path executable() {
        return executable;
    }

    @Override
    public Speech start(String text, Language language) throws IOException {
        Process process = launch(text, language, List.of());
        return new Speech() {
            @Override
            public void stop() {
                process.destroy();
            }

            @Override
            public java.util.concurrent.CompletableFuture<?> finished() {
                return process.onExit();
            }
        };
    }

    /** Writes the reading to a WAV file instead of playing it, and waits for it (used by tests and checks). */
    public void writeWav(String text, Language language, Path wav) throws IOException, InterruptedException {
        Process process = launch(text, language, List.of("-w", wav.toString()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("espeak-ng did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("espeak-ng exited with " + process.exitValue());
        }
    }

    private Process launch(String text, Language language, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-v", voiceFor(language),
                "-s", Integer.toString(WORDS_PER_MINUTE), "-b", "1"));
        command.addAll(extra);
        command.add("--stdin");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroy();
            throw e;
        }
        return process;
    }

    private static Optional<Path> executableAt(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
    }
}
