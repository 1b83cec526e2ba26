package id.anjungan.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KioskConfigTest {
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void withNothingSetTheKioskUsesItsDefaults() {
        KioskConfig config = KioskConfig.from(List.of(), key -> null, NO_ENVIRONMENT);

        assertThat(config).isEqualTo(KioskConfig.defaults());
        assertThat(config.serverUrl()).isEqualTo(URI.create("http://localhost:7070"));
        assertThat(config.storeFile()).isEqualTo(Path.of("data", "kiosk", "kiosk.db"));
        assertThat(config.centreId()).isEqualTo("blkk-batang-1");
        assertThat(config.windowed()).isFalse();
        assertThat(config.size()).isEmpty();
        assertThat(config.language()).isEqualTo("id");
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        KioskConfig config = KioskConfig.from(List.of(), key -> null, Map.of(
                "ABK_SERVER_URL", "http://10.0.0.5:7070/",
                "ABK_KIOSK_DATA", "/var/lib/abk",
                "ABK_KIOSK_CENTRE", "blkk-pemalang-3",
                "ABK_KIOSK_LANGUAGE", "en"));

        assertThat(config.serverUrl()).isEqualTo(URI.create("http://10.0.0.5:7070/"));
        assertThat(config.dataFolder()).isEqualTo(Path.of("/var/lib/abk"));
        assertThat(config.centreId()).isEqualTo("blkk-pemalang-3");
        assertThat(config.language()).isEqualTo("en");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Map<String, String> properties = Map.of("abk.server.url", "http://server.blk:8080", "abk.kiosk.centre", "blk-serang");

        KioskConfig config = KioskConfig.from(List.of(), properties::get,
                Map.of("ABK_SERVER_URL", "http://other:7070", "ABK_KIOSK_CENTRE", "blkk-batang-2"));

        assertThat(config.serverUrl()).isEqualTo(URI.create("http://server.blk:8080"));
        assertThat(config.centreId()).isEqualTo("blk-serang");
    }

    @Test
    void windowedAndSizeComeFromTheArguments() {
        KioskConfig config = KioskConfig.from(List.of("--windowed", "--size=1080x1920"), key -> null, NO_ENVIRONMENT);

        assertThat(config.windowed()).isTrue();
        assertThat(config.size()).contains(new WindowSize(1080, 1920));
    }

    @Test
    void aSizeAloneKeepsTheKioskUndecorated() {
        KioskConfig config = KioskConfig.from(List.of("--size=1920x1080"), key -> null, NO_ENVIRONMENT);

        assertThat(config.windowed()).isFalse();
        assertThat(config.size()).isEqualTo(Optional.of(new WindowSize(1920, 1080)));
    }

    @Test
    void aServerAddressThatIsNoAddressIsRejected() {
        assertThatThrownBy(() -> KioskConfig.from(List.of(), key -> null, Map.of("ABK_SERVER_URL", "localhost")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("abk.server.url");
    }

    @Test
    void aSizeThatIsNoSizeIsRejected() {
        assertThatThrownBy(() -> KioskConfig.from(List.of("--size=big"), key -> null, NO_ENVIRONMENT))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("1920x1080");
        assertThatThrownBy(() -> WindowSize.parse("10x10")).isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void idleTimeAndStaffPinComeFromTheEnvironmentWithTheDemoPinOnlyWhenNoneIsGiven() {
        KioskConfig defaults = KioskConfig.from(List.of(), key -> null, NO_ENVIRONMENT);
        org.assertj.core.api.Assertions.assertThat(defaults.idle()).isEqualTo(java.time.Duration.ofSeconds(60));
        org.assertj.core.api.Assertions.assertThat(defaults.staffPinOrDemo()).isEqualTo("1234");

        KioskConfig set = KioskConfig.from(List.of(), key -> null,
                Map.of("ABK_KIOSK_IDLE_SECONDS", "90", "ABK_KIOSK_STAFF_PIN", "802417"));
        org.assertj.core.api.Assertions.assertThat(set.idle()).isEqualTo(java.time.Duration.ofSeconds(90));
        org.assertj.core.api.Assertions.assertThat(set.staffPinOrDemo()).isEqualTo("802417");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KioskConfig.from(List.of(), key -> null,
                Map.of("ABK_KIOSK_STAFF_PIN", "12ab"))).isInstanceOf(InvalidConfigException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KioskConfig.from(List.of(), key -> null,
                Map.of("ABK_KIOSK_IDLE_SECONDS", "soon"))).isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void phonesAreSentToTheServerUrlUnlessAPublicUrlIsSet() {
        KioskConfig plain = KioskConfig.from(List.of(), key -> null, Map.of("ABK_SERVER_URL", "http://10.0.0.5:7070"));
        KioskConfig withPublic = KioskConfig.from(List.of(), key -> null, Map.of(
                "ABK_SERVER_URL", "http://10.0.0.5:7070",
                "ABK_KIOSK_PUBLIC_URL", "https://lowongan.blk-batang.id/"));

        assertThat(plain.publicUrl()).isEmpty();
        assertThat(plain.publicPagesUrl()).isEqualTo(URI.create("http://10.0.0.5:7070"));
        assertThat(withPublic.publicPagesUrl()).isEqualTo(URI.create("https://lowongan.blk-batang.id/"));
        assertThat(withPublic.serverUrl()).as("the kiosk still syncs with its server")
                .isEqualTo(URI.create("http://10.0.0.5:7070"));
    }

    @Test
    void aPublicUrlThatIsNotAnAbsoluteAddressIsRefusedByName() {
        assertThatThrownBy(() -> KioskConfig.from(List.of(), Map.of("abk.kiosk.public.url", "lowongan.blk")::get,
                NO_ENVIRONMENT))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("abk.kiosk.public.url");
    }

    @Test
    void readingAloudUsesEspeakNgFromThePathUnlessAnotherCommandOrOffIsGiven() {
        assertThat(KioskConfig.defaults().speechCommand()).isEqualTo("espeak-ng");
        assertThat(KioskConfig.defaults().speechOff()).isFalse();
        KioskConfig own = KioskConfig.from(List.of(), key -> null,
                Map.of("ABK_KIOSK_SPEECH_COMMAND", "/opt/espeak/bin/espeak-ng"));
        KioskConfig off = KioskConfig.from(List.of(), Map.of("abk.kiosk.speech.command", "off")::get, NO_ENVIRONMENT);

        assertThat(own.speechCommand()).isEqualTo("/opt/espeak/bin/espeak-ng");
        assertThat(off.speechOff()).isTrue();
    }
}
