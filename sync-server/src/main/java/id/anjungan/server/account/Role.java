package id.anjungan.server.account;

/** What an account may see and do in the staff console. */
public enum Role {
    /** Everything, everywhere: accounts, the audit log, every centre's kiosks and every vacancy. */
    ADMIN,
    /** One training centre: its kiosks, and the vacancies of the regions its kiosks show. */
    CENTRE_STAFF,
    /** One employer: its own vacancies and the referral slips made out to it. */
    EMPLOYER
}
