package id.anjungan.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The console speaks Indonesian and English: every text has both. */
class ConsoleMessagesTest {

    @Test
    void everyIndonesianTextHasAnEnglishOneAndTheOtherWayRound() throws Exception {
        Properties indonesian = load("/i18n/console.properties");
        Properties english = load("/i18n/console_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.stringPropertyNames()).contains("intake.word.VALID", "outcome.HIRED");
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
