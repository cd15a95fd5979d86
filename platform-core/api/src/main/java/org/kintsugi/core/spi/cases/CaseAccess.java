package org.kintsugi.core.spi.cases;

import java.util.Optional;

import org.kintsugi.core.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How a module sees a case, through the core's scoping rules: a case outside the caller's scope is
 * empty, exactly as one that does not exist, and the module answers 404 for both. Provided by the core.
 */
@ProviderType
public interface CaseAccess {
    /** Joins the caller's transaction when there is one. */
    Optional<CaseSnapshot> visible(Caller caller, String caseId);
}
