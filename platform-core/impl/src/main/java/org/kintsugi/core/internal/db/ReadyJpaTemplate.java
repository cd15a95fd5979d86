package org.kintsugi.core.internal.db;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A persistence unit's JpaTemplate, registered again once the unit's schema is current: everything passes
 * to Aries JPA's own. Only the moment it appears differs, which is the point.
 */
final class ReadyJpaTemplate implements JpaTemplate {
    private final JpaTemplate delegate;

    ReadyJpaTemplate(JpaTemplate delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        return delegate.txExpr(type, code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        delegate.tx(type, code);
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return delegate.txExpr(code);
    }

    @Override
    public void tx(EmConsumer code) {
        delegate.tx(code);
    }
}
