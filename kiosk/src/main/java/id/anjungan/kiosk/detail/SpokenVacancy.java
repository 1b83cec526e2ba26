package id.anjungan.kiosk.detail;

import id.anjungan.kiosk.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What "Dengarkan" reads: the detail screen's own plain-words texts with their captions, in the
 * screen's language and order, written so that a speech engine says them right: amounts without
 * thousands dots and with "rupiah" after them, ranges with "sampai", the month in full.
 */
final class SpokenVacancy {
    private static final Pattern RUPIAH = Pattern.compile("Rp\\s?(\\d{1,3}(?:\\.\\d{3})*)");

    private SpokenVacancy() {
    }

    static String of(VacancyDetails details, String deadlineInFull, Messages messages) {
        StringBuilder text = new StringBuilder();
        sentence(text, details.title());
        sentence(text, details.employer());
        fact(text, messages, "fact.trade", details.trade());
        fact(text, messages, "fact.place", details.place());
        fact(text, messages, "fact.pay", details.pay());
        fact(text, messages, "fact.openings", details.openings());
        fact(text, messages, "fact.deadline", deadlineInFull);
        fact(text, messages, "fact.employmentType", details.employmentType());
        fact(text, messages, "fact.workHours", details.workHours());
        list(text, messages, "detail.requirements", details.requirements());
        list(text, messages, "detail.skills", details.skills());
        fact(text, messages, "detail.howToApply", details.howToApply());
        fact(text, messages, "detail.intake", details.intakeAddress());
        sentence(text, details.intakeInstructions());
        fact(text, messages, "detail.description", details.description());
        return speakable(text.toString().strip(), messages);
    }

    /** Amounts and ranges as a speech engine reads them right in every voice. */
    static String speakable(String text, Messages messages) {
        Matcher amounts = RUPIAH.matcher(text);
        StringBuilder spoken = new StringBuilder();
        while (amounts.find()) {
            String number = amounts.group(1).replace(".", "");
            amounts.appendReplacement(spoken, Matcher.quoteReplacement(number + " " + messages.text("speech.rupiah")));
        }
        amounts.appendTail(spoken);
        return spoken.toString().replace(" \u2013 ", " " + messages.text("speech.to") + " ");
    }

    private static void fact(StringBuilder text, Messages messages, String captionKey, String value) {
        if (value != null && !value.isBlank()) {
            sentence(text, messages.text(captionKey) + ": " + value.strip());
        }
    }

    private static void list(StringBuilder text, Messages messages, String captionKey, List<String> lines) {
        if (!lines.isEmpty()) {
            sentence(text, messages.text(captionKey) + ": " + String.join(". ", lines));
        }
    }

    private static void sentence(StringBuilder text, String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return;
        }
        String trimmed = sentence.strip();
        text.append(trimmed);
        if (!trimmed.endsWith(".") && !trimmed.endsWith("!") && !trimmed.endsWith("?")) {
            text.append('.');
        }
        text.append('\n');
    }
}
