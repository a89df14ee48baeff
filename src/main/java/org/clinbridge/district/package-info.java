/**
 * The district's view of the whole chain from the lab to the clinic: the dashboard of figures each
 * area computes in its own database queries (the pipeline, the fund, contracts, scenes, licences,
 * the consultation desk), narrowed to a technology manager's portfolio for managers, and the
 * manager's list of what falls due next. The area owns no tables: it composes the areas' figures.
 */
package org.clinbridge.district;
