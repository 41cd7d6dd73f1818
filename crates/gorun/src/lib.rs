//! gorun library facade.
