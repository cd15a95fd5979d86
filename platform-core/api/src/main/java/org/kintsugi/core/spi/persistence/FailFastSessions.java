package org.kintsugi.core.spi.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read whose connection failed, sleeping between tries: while the database was down
 * every request slept about 10 s in it before its 503, holding a server thread the whole time. A request
 * fails at once instead and the caller retries; the pool recovers by itself once the database is back.
 * Named in persistence.xml as {@code eclipselink.session.customizer}.
 */
public final class FailFastSessions implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
