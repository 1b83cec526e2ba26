package id.anjungan.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void indonesianComesFromTheBaseBundleWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);

            assertThat(new Messages(Language.INDONESIAN).text("frame.back")).isEqualTo("Kembali");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void switchingTheLanguageChangesBoundText() {
        Messages messages = new Messages(Language.INDONESIAN);
        StringBinding back = messages.binding("frame.back");
        assertThat(back.get()).isEqualTo("Kembali");

        messages.switchLanguage();

        assertThat(messages.language()).isEqualTo(Language.ENGLISH);
        assertThat(back.get()).isEqualTo("Back");

        messages.switchLanguage();

        assertThat(messages.language()).isEqualTo(Language.JAVANESE);
        assertThat(back.get()).isEqualTo("Balik");

        messages.switchLanguage();

        assertThat(back.get()).isEqualTo("Kembali");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(new Messages(Language.INDONESIAN).text("browse.count", 163)).isEqualTo("163 lowongan");
        assertThat(new Messages(Language.ENGLISH).text("browse.count", 1)).isEqualTo("1 vacancy");
    }

    @Test
    void everyIndonesianTextHasAnEnglishOneAndNoMore() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(indonesian).isNotEmpty();
        assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    }

    @Test
    void everyIndonesianTextHasAJavaneseOneAndNoMore() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties javanese = load("messages_jv.properties");

        assertThat(javanese.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    }

    @Test
    void javaneseIsPlainNgokoWithIndonesianMonthNames() {
        Messages javanese = new Messages(Language.JAVANESE);

        assertThat(javanese.text("fact.pay")).isEqualTo("Gaji");
        assertThat(javanese.text("fact.openings")).isEqualTo("Dibutuhke");
        assertThat(javanese.text("frame.help")).isEqualTo("Pitulungan");
        assertThat(javanese.text("browse.count", 12)).isEqualTo("12 lowongan");
        assertThat(javanese.text("month.12")).isEqualTo("Des");
    }

    @Test
    void languagesAreKnownByTheirCodes() {
        assertThat(Language.ofCode("id")).contains(Language.INDONESIAN);
        assertThat(Language.ofCode("EN")).contains(Language.ENGLISH);
        assertThat(Language.ofCode("jv")).contains(Language.JAVANESE);
        assertThat(Language.ofCode("su")).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
