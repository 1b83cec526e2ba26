package id.anjungan.protocol.slip;

/** Why a slip was refused, in the order the verifier checks. */
public enum SlipRejection {
    /** Not a version 1 token in either text form. */
    MALFORMED,
    /** No enrolled kiosk has the token's key id. */
    UNKNOWN_KIOSK,
    /** The signature does not match the token and the kiosk's key. */
    BAD_SIGNATURE,
    /** The kiosk was revoked; its slips are refused whatever their issue date, which the kiosk itself wrote. */
    REVOKED_KIOSK,
    /** The verification time is at or after the slip's expiry. */
    EXPIRED,
    /** The slip is for another employer. */
    WRONG_EMPLOYER,
    /** The slip was presented before; the verdict says where and when. */
    ALREADY_PRESENTED
}
