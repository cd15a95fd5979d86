package org.kintsugi.core.internal.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * How far a verification has walked one chain: up to which row, with which hash, toward the head the chain
 * had when the verification began. Stored as text in the verification's row, so a run can be continued
 * by any node, in any later request.
 */
final class ChainProgress {
    final int chain;
    final long headSeq;
    final String headHash;
    long after;
    String previousHash = AuditChain.GENESIS;
    long checked;
    boolean done;
    Long brokenSeq;
    String problem;

    ChainProgress(int chain, long headSeq, String headHash) {
        this.chain = chain;
        this.headSeq = headSeq;
        this.headHash = headHash;
    }

    boolean finished() {
        return done || brokenSeq != null;
    }

    void broke(long seq, String why) {
        brokenSeq = seq;
        problem = why;
    }

    /** The chain's rows are all read: its last hash must be the head's, or rows at its end are missing. */
    void reachedEnd() {
        if (previousHash.equals(headHash)) {
            done = true;
        } else {
            broke(headSeq, "the last row of chain " + chain + " does not match its head: rows at its end are missing");
        }
    }

    /** One line per chain; the problem is the platform's own words, free of the separator. */
    static String encode(List<ChainProgress> chains) {
        StringBuilder text = new StringBuilder();
        for (ChainProgress c : chains) {
            text.append(c.chain).append('|').append(c.headSeq).append('|').append(c.headHash).append('|').append(c.after)
                    .append('|').append(c.previousHash).append('|').append(c.checked).append('|').append(c.done)
                    .append('|').append(c.brokenSeq == null ? "" : c.brokenSeq).append('|')
                    .append(c.problem == null ? "" : c.problem.replace('|', '/').replace('\n', ' ')).append('\n');
        }
        return text.toString();
    }

    static List<ChainProgress> decode(String text) {
        List<ChainProgress> chains = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            ChainProgress c = new ChainProgress(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2]);
            c.after = Long.parseLong(f[3]);
            c.previousHash = f[4];
            c.checked = Long.parseLong(f[5]);
            c.done = Boolean.parseBoolean(f[6]);
            c.brokenSeq = f[7].isEmpty() ? null : Long.valueOf(f[7]);
            c.problem = f[8].isEmpty() ? null : f[8];
            chains.add(c);
        }
        return chains;
    }
}
