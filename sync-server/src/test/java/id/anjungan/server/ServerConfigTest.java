package id.anjungan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    private static ServerConfig configFrom(Map<String, String> properties, Map<String, String> environment) {
        return ServerConfig.fromSettings(new ServerConfig.Settings(properties::get, environment::get));
    }

    @Test
    void withNothingSetTheServerListensOnPort7070WithADatabaseUnderTheDataFolder() {
        ServerConfig config = configFrom(Map.of(), Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.database()).isEqualTo(Path.of("data/sync-server.db"));
        assertThat(config.loadDemoData()).isTrue();
    }

    @Test
    void anEnvironmentVariableOverridesTheDefaultAndASystemPropertyOverridesBoth() {
        ServerConfig fromEnvironment = configFrom(Map.of(), Map.of("ABK_SERVER_PORT", "9000", "ABK_SERVER_DEMO", "false"));
        ServerConfig fromBoth = configFrom(Map.of("abk.server.port", "9100"), Map.of("ABK_SERVER_PORT", "9000"));

        assertThat(fromEnvironment.port()).isEqualTo(9000);
        assertThat(fromEnvironment.loadDemoData()).isFalse();
        assertThat(fromBoth.port()).isEqualTo(9100);
    }

    @Test
    void theConsoleFlagsKiosksSilentForTenMinutesAndLocksAfterFiveWrongPasswordsUnlessTold() {
        ConsoleSettings defaults = configFrom(Map.of(), Map.of()).console();
        ConsoleSettings told = configFrom(Map.of("abk.server.kiosk.silent.minutes", "30"),
                Map.of("ABK_SERVER_LOGIN_MAX_FAILURES", "3", "ABK_SERVER_LOGIN_LOCKOUT_MINUTES", "60",
                        "ABK_SERVER_COOKIES_SECURE", "true")).console();

        assertThat(defaults).isEqualTo(new ConsoleSettings(java.time.Duration.ofMinutes(10), 5,
                java.time.Duration.ofMinutes(15), false));
        assertThat(told).isEqualTo(new ConsoleSettings(java.time.Duration.ofMinutes(30), 3,
                java.time.Duration.ofMinutes(60), true));
        assertThatThrownBy(() -> configFrom(Map.of("abk.server.kiosk.silent.minutes", "0"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("silence");
    }

    @Test
    void feedAddressesOnPrivateNetworksAreRefusedUnlessADeploymentAllowsThem() {
        assertThat(configFrom(Map.of(), Map.of()).feeds()).isEqualTo(new FeedSettings(false));
        assertThat(configFrom(Map.of(), Map.of("ABK_SERVER_FEEDS_ALLOW_PRIVATE", "true")).feeds())
                .isEqualTo(new FeedSettings(true));
        assertThat(configFrom(Map.of("abk.server.feeds.allow.private", "false"),
                Map.of("ABK_SERVER_FEEDS_ALLOW_PRIVATE", "true")).feeds()).isEqualTo(new FeedSettings(false));
        assertThat(configFrom(Map.of(), Map.of()).withPort(0).feeds()).isEqualTo(new FeedSettings(false));
    }

    @Test
    void aPortThatIsNotANumberIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> configFrom(Map.of("abk.server.port", "tujuh"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abk.server.port")
                .hasMessageContaining("tujuh");
    }
}
