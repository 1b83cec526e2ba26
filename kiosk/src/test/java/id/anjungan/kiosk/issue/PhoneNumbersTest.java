package id.anjungan.kiosk.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "081234567890, 0812-3456-7890",
            "0812 3456 7890, 0812-3456-7890",
            "0812-3456-7890, 0812-3456-7890",
            "+62 812-3456-7890, 0812-3456-7890",
            "+6281234567890, 0812-3456-7890",
            "62 857 1234 5678, 0857-1234-5678",
            "(0813) 1234.5678, 0813-1234-5678",
            "0812345678, 0812-3456-78",
            "0812345678901, 0812-3456-78901",
            "'  0895 1234 5678  ', 0895-1234-5678"})
    void aMobileNumberIsReadInTheWaysPeopleWriteIt(String typed, String normalized) {
        assertThat(PhoneNumbers.normalize(typed)).contains(normalized);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "08123", "081234567", "08123456789012", "021 5551 2345", "0285 412345",
            "812 3456 7890", "+1 812 3456 7890", "0812-abcd-7890", "+62 21 5551 2345", "++6281234567890"})
    void anythingElseIsNotAMobileNumber(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
    }
}
