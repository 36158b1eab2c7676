//! Reports: the tension index, trends, CSV writers and charts. Reads through `store`.

pub mod csv_out;
