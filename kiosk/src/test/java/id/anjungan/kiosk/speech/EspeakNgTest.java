package id.anjungan.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.anjungan.kiosk.i18n.Language;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakNgTest {
    @TempDir
    Path folder;

    @Test
    void theRealEngineReadsAVacancyInIndonesianIntoAWaveFileWithSoundInIt() throws Exception {
        var engine = EspeakNg.find("espeak-ng");
        assumeTrue(engine.isPresent(), "espeak-ng is not installed (CI installs it: .ci/run)");
        Path wav = folder.resolve("lowongan.wav");

        engine.get().writeWav("Operator Produksi Sepatu. Gaji: 2850000 rupiah per bulan. Batas lamaran: 31 Desember 2026.",
                Language.INDONESIAN, wav);

        byte[] bytes = Files.readAllBytes(wav);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        int sampleRate = ByteBuffer.wrap(bytes, 24, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(sampleRate).isPositive();
        // A few seconds of speech, 16-bit mono: well over a second of samples, and not silence.
        assertThat(bytes.length - 44).isGreaterThan(2 * sampleRate);
        int loud = 0;
        for (int i = 44; i + 1 < bytes.length; i += 2) {
            short sample = (short) ((bytes[i] & 0xff) | (bytes[i + 1] << 8));
            if (Math.abs(sample) > 1000) {
                loud++;
            }
        }
        assertThat(loud).isGreaterThan(sampleRate / 10);
    }

    @Test
    void javaneseIsReadWithTheIndonesianVoiceAndEnglishWithTheEnglishOne() {
        assertThat(EspeakNg.voiceFor(Language.INDONESIAN)).isEqualTo("id");
        assertThat(EspeakNg.voiceFor(Language.JAVANESE)).isEqualTo("id");
        assertThat(EspeakNg.voiceFor(Language.ENGLISH)).isEqualTo("en");
    }

    @Test
    void theCommandIsLookedUpOnThePathOrTakenAsAPathAndIsAbsentWhenNotThere() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path fake = Files.createFile(bin.resolve("espeak-ng"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path notExecutable = Files.createFile(bin.resolve("espeak"));
        String path = folder.resolve("empty") + File.pathSeparator + bin;

        assertThat(EspeakNg.find("espeak-ng", path)).map(EspeakNg::executable).contains(fake);
        assertThat(EspeakNg.find(fake.toString(), null)).map(EspeakNg::executable).contains(fake);
        assertThat(EspeakNg.find("espeak", path)).isEmpty();
        assertThat(EspeakNg.find(notExecutable.toString(), path)).isEmpty();
        assertThat(EspeakNg.find("espeak-ng", folder.resolve("empty").toString())).isEmpty();
        assertThat(EspeakNg.find("espeak-ng", null)).isEmpty();
    }
}
