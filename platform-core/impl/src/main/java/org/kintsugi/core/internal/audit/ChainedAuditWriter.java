package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.persistence.PersistenceException;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.db.AppendedRows;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends under a row lock on a chain head: the only way several stateless nodes can share the chains
 * without inventing clustering. The lock lasts until the commit, so with one chain every audited
 * request queued behind the one before for the length of a commit (about 1,000 a second at most);
 * with {@value #CHAINS} chains an append takes whichever head no other transaction holds.
 * Called inside a transaction, it joins it, so a change and its audit row commit or fail together.
 */
@Component(service = AuditWriter.class)
public class ChainedAuditWriter implements AuditWriter {
    /** As many as changeset core-19-audit-chains creates. */
    static final int CHAINS = 16;

    private final JpaTemplate jpa;
    private volatile AuditAppend statements;

    @Activate
    public ChainedAuditWriter(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditRecord record) {
        jpa.tx(TransactionType.Required, em -> {
            // The transaction's own connection, so the rows commit or roll back with the change they record.
            Connection connection = em.unwrap(Connection.class);
            try {
                statements(connection).append(connection, AuditChain.stamp(Instant.now()), record, CHAINS);
            } catch (SQLException e) {
                throw new PersistenceException("Could not append to the audit trail", e);
            }
        });
    }

    /**
     * Each writer keeps to a chain of its own, counted down from the last: appends outside the group commit
     * take the first free chain counting up, so the two rarely meet.
     */
    @Override
    public void commitGroup(Connection connection, List<AuditRecord> records, AppendedRows rows, int writer)
            throws SQLException {
        int chain = CHAINS - (writer - 1) % CHAINS;
        statements(connection).commitGroup(connection, AuditChain.stamp(Instant.now()), records, rows, chain, CHAINS);
    }

    private AuditAppend statements(Connection connection) throws SQLException {
        AuditAppend known = statements;
        if (known == null) {
            known = AuditAppend.forDatabase(connection);
            statements = known;
        }
        return known;
    }
}
