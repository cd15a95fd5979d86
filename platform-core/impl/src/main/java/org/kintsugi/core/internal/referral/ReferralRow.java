package org.kintsugi.core.internal.referral;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.kintsugi.core.internal.db.AppendedRow;

/**
 * A new referral as a row for a group commit: the columns the {@link Referral} entity maps, as it would
 * insert them (version 1, not yet decided). Nothing else in the request that receives it reads or changes it.
 */
final class ReferralRow implements AppendedRow {
    static final String INSERT_INTO = "INSERT INTO referral (id, region_code, status, source, referrer_user_id, "
            + "referrer_org_id, led_by, criminal_justice, recency, sentence_stage, offence_category, "
            + "crime_reference_enc, harmed_enc, responsible_enc, created_at, version)";
    static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private final Referral referral;

    ReferralRow(Referral referral) {
        this.referral = referral;
    }

    @Override
    public String insertInto() {
        return INSERT_INTO;
    }

    @Override
    public String values() {
        return VALUES;
    }

    @Override
    public int bind(PreparedStatement insert, int first) throws SQLException {
        int i = first;
        insert.setString(i++, referral.getId());
        insert.setString(i++, referral.getRegionCode());
        insert.setString(i++, referral.getStatus().name());
        insert.setString(i++, referral.getSource().name());
        insert.setString(i++, referral.getReferrerUserId());
        insert.setString(i++, referral.getReferrerOrgId());
        insert.setString(i++, referral.getLedBy().name());
        insert.setBoolean(i++, referral.isCriminalJustice());
        insert.setString(i++, referral.getRecency().name());
        insert.setString(i++, referral.getSentenceStage().name());
        insert.setString(i++, referral.getOffenceCategory().name());
        insert.setString(i++, referral.getCrimeReferenceEnc());
        insert.setString(i++, referral.getHarmedEnc());
        insert.setString(i++, referral.getResponsibleEnc());
        insert.setTimestamp(i++, Timestamp.from(referral.getCreatedAt()));
        return i;
    }
}
