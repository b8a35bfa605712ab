/**
 * Units (đơn vị) and communes (xã, phường) as data: the registration pickers, the names
 * registration accepts, and the headcounts collective prizes count against; imported from Excel.
 */
package vn.dongnai.contest.catalog;
