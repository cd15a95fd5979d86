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
    static final String INSERT = "INSERT INTO referral (id, region_code, status, source, referrer_user_id, "
            + "referrer_org_id, led_by, criminal_justice, recency, sentence_stage, offence_category, "
            + "crime_reference_enc, harmed_enc, responsible_enc, created_at, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private final Referral referral;

    ReferralRow(Referral referral) {
        this.referral = referral;
    }

    @Override
    public String sql() {
        return INSERT;
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, referral.getId());
        insert.setString(2, referral.getRegionCode());
        insert.setString(3, referral.getStatus().name());
        insert.setString(4, referral.getSource().name());
        insert.setString(5, referral.getReferrerUserId());
        insert.setString(6, referral.getReferrerOrgId());
        insert.setString(7, referral.getLedBy().name());
        insert.setBoolean(8, referral.isCriminalJustice());
        insert.setString(9, referral.getRecency().name());
        insert.setString(10, referral.getSentenceStage().name());
        insert.setString(11, referral.getOffenceCategory().name());
        insert.setString(12, referral.getCrimeReferenceEnc());
        insert.setString(13, referral.getHarmedEnc());
        insert.setString(14, referral.getResponsibleEnc());
        insert.setTimestamp(15, Timestamp.from(referral.getCreatedAt()));
    }
}
