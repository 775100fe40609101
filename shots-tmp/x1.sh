build/release/bin/recoupe ../shared/corpus/real-dev/articles > /dev/null 2>&1 & sleep 8
w=$(xdotool search --sync --onlyvisible --name Recoupe | head -1)
xdotool windowsize "$w" 1280 720; sleep 3
xdotool mousemove 1061 696 click 1; sleep 2
import -window root /tmp/a.png; cp /tmp/a.png shots-tmp/x11-timeline.png
xdotool mousemove 992 696 click 1; sleep 2
import -window root /tmp/b.png; cp /tmp/b.png shots-tmp/x11-figures.png
