/**
 * Ranks provisions by text similarity to a clause so that people can accept them as draft mappings. Plain Lucene, no
 * framework; the caller owns the index lifecycle.
 */
package org.accord.crosswalk.suggest;
