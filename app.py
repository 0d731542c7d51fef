"""The Gradio demo from a checkout: ``python app.py`` is ``summarize-demo`` (see --help)."""

from summarize.demo import main

if __name__ == "__main__":
    main()
