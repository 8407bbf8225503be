/**
 * What every screen shares: running work off the FX thread ({@link com.argus.app.common.TaskRunner}),
 * hopping back to it ({@link com.argus.app.common.UiExecutor}), dialogs ({@link
 * com.argus.app.common.DialogService}), error display and remembered window layout.
 */
package com.argus.app.common;
