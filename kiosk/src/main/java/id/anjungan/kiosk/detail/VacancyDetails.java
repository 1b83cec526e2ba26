package id.anjungan.kiosk.detail;

import java.util.List;

/**
 * Everything about one vacancy that a job seeker must know before travelling, already in the
 * chosen language. A text that the vacancy does not state is empty.
 */
public record VacancyDetails(
        String vacancyId,
        String tradeId,
        String title,
        String employer,
        String trade,
        String place,
        String address,
        String pay,
        String openings,
        String deadline,
        String employmentType,
        String workHours,
        String posted,
        List<String> requirements,
        List<String> skills,
        String howToApply,
        String intakeAddress,
        String intakeInstructions,
        String description) {
    public VacancyDetails {
        requirements = List.copyOf(requirements);
        skills = List.copyOf(skills);
    }
}
