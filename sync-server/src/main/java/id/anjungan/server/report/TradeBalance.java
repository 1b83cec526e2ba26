package id.anjungan.server.report;

/**
 * Demand against supply in one trade for one centre.
 *
 * @param openPositions openings of live vacancies in the regions around the centre
 * @param vacancies how many live vacancies those openings come from
 * @param trainees people the centre trains in the trade in the year; null when staff have not said
 */
public record TradeBalance(String tradeId, String tradeName, int openPositions, int vacancies, Integer trainees) {
    /** Industry asks for more people than the centre trains ("kekurangan"); a trade with no number entered counts as training none. */
    public boolean shortage() {
        return openPositions > traineesOrZero();
    }

    /** Open positions minus trainees: how many more people the trade needs than the centre trains. */
    public int gap() {
        return openPositions - traineesOrZero();
    }

    public int traineesOrZero() {
        return trainees == null ? 0 : trainees;
    }
}
