package id.anjungan.kiosk.browse;

/** What one card in the list shows, already in the chosen language. */
public record VacancyCard(
        String vacancyId,
        String tradeId,
        String title,
        String employer,
        String place,
        String pay,
        String deadline,
        String openings) {
}
