"""The file to give `spark-submit`: it runs `newsfacts.extractors.spark.main` (IN OUT [options]).

    spark-submit --master yarn "$(python -c 'import newsfacts.cli.spark_submit as m; print(m.__file__)')" \
        s3a://news/2025/ s3a://news-facts/2025/ --date date

A file of its own because spark-submit runs a path, which puts that file's folder first on
`sys.path`: in `extractors/`, whose `numbers.py` and `dask.py` would stand for the standard
library's and Dask's modules.
"""

from newsfacts.extractors.spark import main

if __name__ == "__main__":
    main()
