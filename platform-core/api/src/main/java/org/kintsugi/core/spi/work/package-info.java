/**
 * How a module puts its work on each person's home page ("My work") and its counts beside the navigation,
 * with no change to the core: register a {@link org.kintsugi.core.spi.work.WorkSource}.
 *
 * <p>The contract, which the core relies on and checks where it can:
 * <ul>
 * <li>A source answers only within the caller's scope as the core defines it
 * ({@link org.kintsugi.core.spi.cases.CaseAccess#visibleCases}) and only in regions that offer the module.
 * The core asks a source only when the module is offered in one of the caller's regions, and drops any
 * entry whose case the caller may not see before anything is shown.</li>
 * <li>Labels are message keys of the module's own files with plain arguments: never sealed text, never a
 * party's name, contact details or location. The core adds the case's reference.</li>
 * <li>A source counts in the database and returns at most {@link org.kintsugi.core.spi.work.WorkList#MAX_ENTRIES}
 * entries per list: the home page is opened every morning by everyone.</li>
 * <li>A source that fails does not take the page down: the core shows the rest and says which module's
 * work could not be read.</li>
 * </ul>
 */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.work;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
