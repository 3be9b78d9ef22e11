/**
 * The Vaadin views. They call the modules' public services only, never repositories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "User interface")
package org.accord.ui;
