/**
 * Errors as RFC 9457 problem details. Throw a {@link org.kintsugi.core.api.problem.ProblemException}
 * from any resource, core or module; the core renders it as {@code application/problem+json}.
 */
@Export
@Version("1.1.0")
package org.kintsugi.core.api.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
