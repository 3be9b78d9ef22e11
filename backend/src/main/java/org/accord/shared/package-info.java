/**
 * Shared kernel: embedded database bootstrap, working-group access rules, API error handling.
 * Every module may use it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.accord.shared;
