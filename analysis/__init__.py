"""What analysts look at: charts of the trend reports and the nightly digest page."""
