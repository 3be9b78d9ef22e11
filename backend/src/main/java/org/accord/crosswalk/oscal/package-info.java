/**
 * Exchange of crosswalk mappings with other tools: OSCAL 1.2 mapping collections (JSON, checked against
 * {@code oscal/oscal_mapping_schema.json}) and NIST OLIR / STRM-style CSV. Plain data in, plain data out.
 */
package org.accord.crosswalk.oscal;
