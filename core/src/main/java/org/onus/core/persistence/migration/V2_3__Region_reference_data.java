package org.onus.core.persistence.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The region tree from {@code db/data/regions}. When those files change, add a migration that
 * runs {@link RegionReferenceData#load} again: it updates in place and retires what was removed.
 */
public class V2_3__Region_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RegionReferenceData.load(context.getConnection());
    }
}
